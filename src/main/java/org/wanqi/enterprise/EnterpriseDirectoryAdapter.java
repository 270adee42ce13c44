package org.wanqi.enterprise;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.wanqi.security.EnterpriseDirectory;

/** What user administration needs to know of enterprises: names, to bind an enterprise account. */
@Service
class EnterpriseDirectoryAdapter implements EnterpriseDirectory {

    private final MongoTemplate mongo;
    private final EnterpriseService enterprises;

    EnterpriseDirectoryAdapter(MongoTemplate mongo, EnterpriseService enterprises) {
        this.mongo = mongo;
        this.enterprises = enterprises;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void requireInScope(String id) {
        enterprises.load(id);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<EnterpriseRef> search(String text, int limit) {
        Query query = new Query().with(Sort.by("name")).limit(limit);
        if (text != null && !text.isBlank()) {
            Pattern contains = Pattern.compile(Pattern.quote(text.trim()), Pattern.CASE_INSENSITIVE);
            query.addCriteria(new Criteria().orOperator(Criteria.where("name").regex(contains),
                    Criteria.where("uscc").regex(contains)));
        }
        return mongo.find(query, Enterprise.class).stream().map(EnterpriseDirectoryAdapter::ref).toList();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<EnterpriseRef> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(mongo.findById(id, Enterprise.class)).map(EnterpriseDirectoryAdapter::ref);
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'OFFICER', 'TRAINER') or principal.enterpriseId() == #id")
    public Optional<String> nameOf(String id) {
        return find(id).map(EnterpriseRef::name);
    }

    private static EnterpriseRef ref(Enterprise enterprise) {
        return new EnterpriseRef(enterprise.id, enterprise.name, enterprise.uscc);
    }
}
