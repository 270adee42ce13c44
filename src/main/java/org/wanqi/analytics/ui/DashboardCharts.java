package org.wanqi.analytics.ui;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** ECharts options for the dashboard's charts: labels and numbers in, an option object out. */
final class DashboardCharts {

    private final JsonMapper json;

    DashboardCharts(JsonMapper json) {
        this.json = json;
    }

    /** One named series of numbers, one per label. */
    record Series(String name, List<Long> values) {
    }

    /** Lines over a category axis (the trend). */
    ObjectNode lines(List<String> labels, List<Series> series) {
        return axes(labels, series, "line", false);
    }

    /** Bars over a category axis; {@code horizontal} puts the categories on the left (a ranking). */
    ObjectNode bars(List<String> labels, List<Series> series, boolean horizontal) {
        return axes(labels, series, "bar", horizontal);
    }

    private ObjectNode axes(List<String> labels, List<Series> series, String type, boolean horizontal) {
        ObjectNode option = json.createObjectNode();
        option.putObject("tooltip").put("trigger", "axis");
        ArrayNode legend = option.putObject("legend").put("top", 0).putArray("data");
        option.putObject("grid").put("left", horizontal ? 96 : 48).put("right", 16).put("top", 40).put("bottom", 32);
        ObjectNode categories = json.createObjectNode().put("type", "category");
        labels.forEach(categories.putArray("data")::add);
        ObjectNode values = json.createObjectNode().put("type", "value").put("minInterval", 1);
        if (horizontal) {
            categories.put("inverse", true);
        }
        option.set(horizontal ? "yAxis" : "xAxis", categories);
        option.set(horizontal ? "xAxis" : "yAxis", values);
        ArrayNode all = option.putArray("series");
        for (Series one : series) {
            legend.add(one.name());
            ObjectNode drawn = all.addObject().put("type", type).put("name", one.name());
            if ("line".equals(type)) {
                drawn.put("showSymbol", false);
            }
            one.values().forEach(drawn.putArray("data")::add);
        }
        return option;
    }

    /** A pie (shares of a whole) or a funnel (stages that narrow), named slices in order. */
    ObjectNode slices(String type, List<String> names, List<Long> values) {
        ObjectNode option = json.createObjectNode();
        option.putObject("tooltip").put("trigger", "item");
        ObjectNode series = option.putArray("series").addObject().put("type", type);
        if ("funnel".equals(type)) {
            series.put("sort", "none").put("minSize", "10%").put("left", "5%").put("width", "55%");
        } else {
            series.putArray("radius").add("35%").add("65%");
        }
        ArrayNode data = series.putArray("data");
        for (int i = 0; i < names.size(); i++) {
            data.addObject().put("name", names.get(i)).put("value", values.get(i));
        }
        return option;
    }
}
