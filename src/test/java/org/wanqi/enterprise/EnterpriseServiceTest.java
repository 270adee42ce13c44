package org.wanqi.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.wanqi.TestDatabase;
import org.wanqi.WanqiSpringTest;
import org.wanqi.audit.AuditEvent;
import org.wanqi.base.NotFoundException;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.security.TestUsers;
import org.wanqi.security.WanqiUser;

@WanqiSpringTest
class EnterpriseServiceTest {

    @Autowired
    EnterpriseService service;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;
    @Autowired
    UnitService units;

    TestUsers users;
    WanqiUser admin;
    /** An officer of 沧县 (130921), the test users' unit. */
    WanqiUser cangxianOfficer;
    EnterpriseDetails inCangxian;
    EnterpriseDetails inRenqiu;

    @BeforeEach
    void registry() {
        TestDatabase.clear(context);
        units.run(null);
        users = new TestUsers(context);
        admin = users.create("root", Role.ADMIN, null);
        cangxianOfficer = users.create("li.ming", Role.OFFICER, null);
        users.signIn(admin);
        inCangxian = service.create(draft("沧县恒泰化工有限公司", "130921", 1));
        inRenqiu = service.create(draft("任丘华润涂料有限公司", "130982", 2));
        service.create(draft("任丘宏达铸造有限公司", "130982", 3));
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    static EnterpriseDraft draft(String name, String region, int n) {
        return TestEnterprises.draft(name, region, n, PollutionCategory.AIR, PollutionCategory.VOCS);
    }

    @Test
    void aCountyOfficerSeesOnlyTheirCounty() {
        users.signIn(cangxianOfficer);
        assertThat(service.page(EnterpriseFilter.none(), PageRequest.of(0, 10)).getContent())
                .extracting(EnterpriseDetails::name).containsExactly("沧县恒泰化工有限公司");
        assertThat(service.count(EnterpriseFilter.none())).isEqualTo(1);
        assertThat(service.get(inCangxian.id()).name()).isEqualTo("沧县恒泰化工有限公司");
        assertThatThrownBy(() -> service.get(inRenqiu.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.timeline(inRenqiu.id(), PageRequest.of(0, 5))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCountyOfficerCannotRegisterOrMoveAnEnterpriseIntoAnotherCounty() {
        users.signIn(cangxianOfficer);
        assertThatThrownBy(() -> service.create(draft("任丘新企业有限公司", "130982", 9)))
                .isInstanceOf(AccessDeniedException.class);
        EnterpriseDraft moved = EnterpriseDraft.of(inCangxian);
        moved.setRegionCode("130982");
        assertThatThrownBy(() -> service.update(inCangxian.id(), moved, inCangxian.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(inRenqiu.id(), EnterpriseDraft.of(inRenqiu), inRenqiu.version()))
                .isInstanceOf(NotFoundException.class);
        users.signIn(admin);
        assertThat(service.get(inCangxian.id()).regionCode()).isEqualTo("130921");
        assertThat(service.count(EnterpriseFilter.none())).isEqualTo(3);
    }

    @Test
    void cityStaffSeeEverythingAndTrainersOnlyRead() {
        TestUsersAtCity city = new TestUsersAtCity();
        users.signIn(city.supervisor);
        assertThat(service.count(EnterpriseFilter.none())).isEqualTo(3);
        users.signIn(city.trainer);
        assertThat(service.count(EnterpriseFilter.none())).isEqualTo(3);
        assertThatThrownBy(() -> service.create(draft("新企业有限公司", "130921", 9))).isInstanceOf(AccessDeniedException.class);
    }

    /** Staff of the city bureau (130900). */
    final class TestUsersAtCity {
        final WanqiUser supervisor;
        final WanqiUser trainer;

        TestUsersAtCity() {
            supervisor = users.create("wang.sup", Role.SUPERVISOR, null, "130900");
            trainer = users.create("zhao.trainer", Role.TRAINER, null, "130900");
        }
    }

    @Test
    void anEnterpriseUserReadsOnlyTheirOwnAndNeverTheList() {
        WanqiUser own = users.create("ent.user", Role.ENTERPRISE, inRenqiu.id());
        users.signIn(own);
        assertThat(service.get(inRenqiu.id()).name()).isEqualTo("任丘华润涂料有限公司");
        assertThatThrownBy(() -> service.get(inCangxian.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.page(EnterpriseFilter.none(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(inRenqiu.id(), EnterpriseDraft.of(inRenqiu), inRenqiu.version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void partOfAChineseNameFindsItAndOperatorsAreJustText() {
        assertThat(service.page(EnterpriseFilter.text("化工"), PageRequest.of(0, 10)).getContent())
                .extracting(EnterpriseDetails::name).containsExactly("沧县恒泰化工有限公司");
        assertThat(service.count(EnterpriseFilter.text("任丘"))).isEqualTo(2);
        assertThat(service.count(EnterpriseFilter.text(inRenqiu.uscc().substring(12).toLowerCase()))).isEqualTo(1);
        assertThat(service.count(EnterpriseFilter.text("{\"$ne\": null}"))).isZero();
        assertThat(service.count(EnterpriseFilter.text(".*"))).isZero();
        assertThat(service.count(new EnterpriseFilter(null, "130982", PollutionCategory.VOCS, SupervisionTier.GENERAL,
                OperatingStatus.OPERATING, false))).isEqualTo(2);
        assertThat(service.count(new EnterpriseFilter(null, null, PollutionCategory.MEDICAL_WASTE, null, null, null))).isZero();
    }

    @Test
    void listsSortByTheRequestedColumnAndPageLazily() {
        var byUscc = service.page(EnterpriseFilter.none(), PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "uscc")));
        assertThat(byUscc.getContent()).extracting(EnterpriseDetails::uscc).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(byUscc.hasNext()).isTrue();
        var ignoredSort = service.page(EnterpriseFilter.none(), PageRequest.of(0, 3, Sort.by("legalRepresentative")));
        assertThat(ignoredSort.getContent()).extracting(EnterpriseDetails::name).isSorted();
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndChangesNothing() {
        EnterpriseDraft bad = draft("<script>alert(1)</script>", "130921", 7);
        bad.setUscc("91130921MA00000157");
        bad.setDischargePermitNumber("P-123");
        bad.setContacts(List.of(new Contact("王伟", null, "12345")));
        assertThatThrownBy(() -> service.create(bad))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString())
                        .containsExactlyInAnyOrder("name", "uscc", "dischargePermitNumber", "contacts[0].phone"));
        assertThat(service.count(EnterpriseFilter.none())).isEqualTo(3);
    }

    @Test
    void theCheckDigitMessageSaysWhatToFix() {
        EnterpriseDraft bad = draft("沧县新企业有限公司", "130921", 7);
        bad.setUscc("91130921MA00000157");
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        assertThatThrownBy(() -> service.create(bad))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
                        e.getConstraintViolations().iterator().next().getMessage()).contains("校验位").contains("第 18 位"));
    }

    @Test
    void aSecondRegistrationOfTheSameUsccIsRefused() {
        EnterpriseDraft again = draft("另一家有限公司", "130921", 1);
        assertThatThrownBy(() -> service.create(again)).isInstanceOf(org.wanqi.base.DomainException.class);
        assertThat(service.count(EnterpriseFilter.none())).isEqualTo(3);
    }

    @Test
    void twoPeopleEditingOneEnterpriseTheSecondSaveIsRefusedAndNothingIsLost() {
        EnterpriseDraft first = EnterpriseDraft.of(inCangxian);
        first.setAddress("沧县经济开发区1号");
        EnterpriseDraft second = EnterpriseDraft.of(inCangxian);
        second.setLegalRepresentative("赵六");

        service.update(inCangxian.id(), first, inCangxian.version());
        assertThatThrownBy(() -> service.update(inCangxian.id(), second, inCangxian.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        EnterpriseDetails now = service.get(inCangxian.id());
        assertThat(now.address()).isEqualTo("沧县经济开发区1号");
        assertThat(now.legalRepresentative()).isNull();
    }

    @Test
    void anEditLandsOnTheTimelineAndInTheAuditLog() {
        EnterpriseDraft edit = EnterpriseDraft.of(inCangxian);
        edit.setContacts(List.of(new Contact("王伟", "总经理", "0317-2025678")));
        service.update(inCangxian.id(), edit, inCangxian.version());

        List<TimelineEntry> timeline = service.timeline(inCangxian.id(), PageRequest.of(0, 10)).getContent();
        assertThat(timeline).extracting(TimelineEntry::summaryKey)
                .containsExactly("timeline.enterprise.updated", "timeline.enterprise.created");
        assertThat(timeline.getFirst().fields()).containsExactly("contacts");
        assertThat(timeline.getFirst().actor()).isEqualTo("测试root");
        assertThat(mongo.findAll(AuditEvent.class)).filteredOn(e -> "updated".equals(e.action()))
                .singleElement().satisfies(e -> assertThat(e.changes().getFirst().after()).contains("0317-2025678"));
    }

    @Test
    void theListIndexIsRebuiltFromMongoDbTheSourceOfTruth() {
        mongo.getCollection("enterprises").updateOne(new org.bson.Document("_id", new org.bson.types.ObjectId(inRenqiu.id())),
                new org.bson.Document("$set", new org.bson.Document("name", "任丘改名化工有限公司")));
        assertThat(service.count(EnterpriseFilter.text("改名"))).as("written behind the service's back").isZero();
        context.getBean(EnterpriseIndex.class).rebuild();
        assertThat(service.count(EnterpriseFilter.text("改名"))).isEqualTo(1);
    }

    @Test
    void anUnchangedSaveLeavesNoTrace() {
        service.update(inCangxian.id(), EnterpriseDraft.of(inCangxian), inCangxian.version());
        assertThat(service.timeline(inCangxian.id(), PageRequest.of(0, 10)).getContent()).hasSize(1);
    }
}
