package org.wanqi.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wanqi.WanqiBrowserlessTest;
import org.wanqi.campaign.CampaignDetails;
import org.wanqi.campaign.CampaignDraft;
import org.wanqi.campaign.CampaignKind;
import org.wanqi.campaign.CampaignMode;
import org.wanqi.campaign.CampaignService;
import org.wanqi.enterprise.EnterpriseDetails;
import org.wanqi.enterprise.EnterpriseService;
import org.wanqi.enterprise.PollutionCategory;
import org.wanqi.enterprise.TestEnterprises;
import org.wanqi.organization.UnitService;
import org.wanqi.security.Role;
import org.wanqi.visit.CampaignDirectory;

/** The campaign page shows its figures and summary, and sends an officer to log a check under the campaign. */
class CampaignViewsTest extends WanqiBrowserlessTest {

    @Autowired
    CampaignService campaigns;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    UnitService units;

    @Test
    void anOfficerSeesWhatIsLeftToCheckAndLogsItUnderTheCampaign() {
        units.run(null);
        users.signIn(users.create("root", Role.ADMIN, null, "130900"));
        EnterpriseDetails dusty = enterprises.create(TestEnterprises.draft("沧县建材有限公司", "130921", 1, PollutionCategory.DUST));
        users.signIn(users.create("chief", Role.SUPERVISOR, null, "130900"));
        CampaignDetails drive = campaigns.create(new CampaignDraft("扬尘攻坚行动", CampaignKind.DUST, LocalDate.now().minusDays(2),
                LocalDate.now().plusDays(18), Set.of(PollutionCategory.DUST), Set.of(), null, Set.of(), Set.of("130921"),
                CampaignMode.LOCAL, 40, 20));
        users.signIn(users.create("officer", Role.OFFICER, null, "130921"));

        UI.getCurrent().navigate("campaigns/" + drive.id());
        assertThat($(Paragraph.class).id("campaign-summary").getText())
                .startsWith("扬尘攻坚行动（").contains("共出动执法人员 0 人次，检查企业 0 家次，排查目标企业 0 家（共 1 家），覆盖率达到 0.0%");
        assertThat($(Div.class).id("campaign-figures").getElement().getTextRecursively()).contains("计划 40", "计划 20");
        @SuppressWarnings("unchecked")
        Grid<EnterpriseDetails> unchecked = $(Grid.class).id("campaign-unchecked");
        assertThat(test(unchecked).getRow(0).id()).isEqualTo(dusty.id());

        UI.getCurrent().navigate("visits/new", new QueryParameters(Map.of("enterprise", List.of(dusty.id()),
                "type", List.of("CAMPAIGN"), "campaign", List.of(drive.id()))));
        @SuppressWarnings("unchecked")
        Select<CampaignDirectory.Option> campaign = $(Select.class).id("visit-campaign");
        assertThat(campaign.isVisible()).isTrue();
        assertThat(campaign.getValue().id()).isEqualTo(drive.id());
    }
}
