package org.wanqi.inspection;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.wanqi.security.ScopeGrants;
import org.wanqi.security.WanqiUser;

/**
 * An inspector sent to an enterprise of another county (交叉检查) may see and inspect it while the
 * task is open, and follow up what they found once it is done; a cancelled task grants nothing.
 */
@Component
class InspectionGrants implements ScopeGrants {

    private final MongoTemplate mongo;

    InspectionGrants(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Grant grantedTo(WanqiUser user) {
        Query tasks = Query.query(Criteria.where("inspectorIds").is(user.id()).and("status").ne(TaskStatus.CANCELLED));
        tasks.fields().include("enterpriseId");
        return new Grant(mongo.find(tasks, InspectionTask.class).stream().map(task -> task.enterpriseId).collect(Collectors.toSet()),
                Set.of());
    }
}
