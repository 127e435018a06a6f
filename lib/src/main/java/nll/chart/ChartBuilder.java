package nll.chart;

import java.util.ArrayList;
import java.util.List;
import nll.validation.Require;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * What every chart builder of this package shares: a title, axis titles, named layers of points checked at the
 * door, and the 800x500 XChart they are drawn on in the project's style ({@link ChartStyle}).
 *
 * @param <B> the builder itself, so that each call returns it
 * @param <L> what one layer of the chart is
 */
public abstract class ChartBuilder<B extends ChartBuilder<B, L>, L extends ChartBuilder.Layer> {

    /** One named thing drawn on a chart: a line, points, a path. */
    interface Layer {
        /** The name the legend shows, unique within a chart. */
        String name();
    }

    final String title;
    String xLabel = "x";
    String yLabel = "y";
    /** The layers in the order they were added, which is the order they are drawn in. */
    final List<L> layers = new ArrayList<>();

    ChartBuilder(String title) {
        this.title = Require.text("title", title);
    }

    /** This builder, typed as its own class. */
    abstract B self();

    /** Sets the axis titles. */
    public B axes(String xLabel, String yLabel) {
        this.xLabel = Require.text("xLabel", xLabel);
        this.yLabel = Require.text("yLabel", yLabel);
        return self();
    }

    /**
     * Checks a layer about to be added: its name is a non-blank text no other layer of this chart uses, its values
     * are finite and pair up.
     *
     * @return copies of {@code x} and {@code y}, which the caller may keep
     */
    double[][] checkedLayer(String name, double[] x, double[] y) {
        Require.text("name", name);
        if (layers.stream().anyMatch(layer -> layer.name().equals(name))) {
            throw new IllegalArgumentException("name = " + name + " is already used by another series of this chart");
        }
        Require.finiteValues(name + " y", y);
        Require.finiteValues(name + " x", x);
        Require.sameLength(name + " x", x.length, name + " y", y.length);
        return new double[][] {x.clone(), y.clone()};
    }

    /** A new chart at 800x500 with this builder's title and axis titles, in the project's style. */
    XYChart newChart() {
        XYChart chart = new XYChartBuilder()
                .width(ChartStyle.WIDTH)
                .height(ChartStyle.HEIGHT)
                .title(title)
                .xAxisTitle(xLabel)
                .yAxisTitle(yLabel)
                .build();
        ChartStyle.apply(chart.getStyler());
        return chart;
    }
}
