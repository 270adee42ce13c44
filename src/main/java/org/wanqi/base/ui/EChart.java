package org.wanqi.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.node.ObjectNode;

/** An ECharts chart (the {@code <wanqi-chart>} Lit element); give it an ECharts option object. */
@Tag("wanqi-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/wanqi-chart.ts")
public class EChart extends Component implements HasSize {

    public EChart() {
        setWidthFull();
        setHeight("280px");
    }

    public void setOption(ObjectNode option) {
        getElement().setProperty("option", option.toString());
    }
}
