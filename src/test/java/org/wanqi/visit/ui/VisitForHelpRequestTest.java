package org.wanqi.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.wanqi.WanqiBrowserlessTest;
import org.wanqi.assistance.AssistanceDetails;
import org.wanqi.assistance.AssistanceDraft;
import org.wanqi.assistance.AssistanceService;
import org.wanqi.assistance.AssistanceStatus;
import org.wanqi.assistance.AssistanceTopic;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.security.WanqiUser;
import org.wanqi.visit.VisitDetails;
import org.wanqi.visit.VisitFilter;
import org.wanqi.visit.VisitService;
import org.wanqi.visit.VisitType;

/** An officer turns a help request into a visit: the form opens filled in for it, and submitting answers the request. */
class VisitForHelpRequestTest extends WanqiBrowserlessTest {

    @Autowired
    EnterpriseService enterprises;
    @Autowired
    AssistanceService assistance;
    @Autowired
    VisitService visits;
    @Autowired
    UnitService units;

    @Test
    void theVisitLoggedFromARequestCompletesIt() {
        units.run(null);
        users.signIn(users.create("root", Role.ADMIN, null, "130900"));
        EnterpriseDetails enterprise = enterprises.create(TestEnterprises.draft("沧县恒泰化工有限公司", "130921", 1, PollutionCategory.AIR));
        users.signIn(users.create("ent", Role.ENTERPRISE, enterprise.id()));
        AssistanceDetails request = assistance.submit(new AssistanceDraft(AssistanceTopic.AIR_VOCS, "请指导喷涂线废气收集", null, null));
        WanqiUser officer = users.create("officer", Role.OFFICER, null, "130921");
        users.signIn(officer);
        assistance.accept(request.id(), "明天上午到", request.version());

        UI.getCurrent().navigate("visits/new", QueryParameters.of("request", request.id()));
        @SuppressWarnings("unchecked")
        ComboBox<EnterpriseDetails> chosen = $(ComboBox.class).id("visit-enterprise");
        assertThat(chosen.getValue().id()).isEqualTo(enterprise.id());
        @SuppressWarnings("unchecked")
        Select<VisitType> type = $(Select.class).id("visit-type");
        assertThat(type.getValue()).isEqualTo(VisitType.ASSISTANCE);
        assertThat($(TextArea.class).id("visit-summary").getValue()).isEqualTo("请指导喷涂线废气收集");
        test($(TextArea.class).id("visit-advice")).setValue("集气罩改为密闭收集");
        test($(Button.class).id("visit-submit")).click();

        VisitDetails logged = visits.page(VisitFilter.none(), PageRequest.of(0, 1)).getContent().getFirst();
        AssistanceDetails answered = assistance.get(request.id());
        assertThat(answered.status()).isEqualTo(AssistanceStatus.DONE);
        assertThat(answered.visitId()).isEqualTo(logged.id());
        assertThat(logged.enterpriseId()).isEqualTo(enterprise.id());
    }
}
