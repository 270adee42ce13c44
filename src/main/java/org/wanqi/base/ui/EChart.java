package org.wanqi.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
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

    /** Called with the name of the data item clicked (a category on the axis, a slice's name). */
    public Registration addItemClickListener(ComponentEventListener<ItemClick> listener) {
        return addListener(ItemClick.class, listener);
    }

    /** A click on one of the chart's data items. */
    @DomEvent("chart-click")
    public static class ItemClick extends ComponentEvent<EChart> {

        private final String name;

        public ItemClick(EChart source, boolean fromClient, @EventData("event.detail.name") String name) {
            super(source, fromClient);
            this.name = name;
        }

        public String name() {
            return name;
        }
    }
}
