package dev.golab.lab.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/*
 * The charts of a run, drawn with XChart and saved as PNG and SVG (JFreeSVG's Graphics2D):
 *   - one grouped bar chart per scenario: a bar per model (golab, JVM baseline, Go in three colours)
 *     and a min-max whisker over forks on each. XChart's error bars are symmetric, so the whisker is
 *     an invisible point at the middle of [min, max] with an error bar of half the range, overlapped
 *     on the bar: it spans exactly min..max;
 *   - one overview, ratio-to-Go.png/svg: per scenario with a Go twin, the best golab model's ratio
 *     and the best JVM baseline's ratio on a log axis (1 = Go).
 */
public final class Charts {
    static final Color GOLAB = new Color(0x3b6ea8), JVM = new Color(0x9aa5b1), GO = new Color(0x00add8), WHISKER = Color.BLACK;

    private Charts() {
    }

    /** Writes every chart into dir; returns the files written. */
    public static List<Path> write(Path dir, List<Row> rows) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        Map<String, Map<String, List<Row>>> groups = Analysis.byModuleAndScenario(rows);
        for (var scenarios : groups.entrySet()) {
            for (var sc : scenarios.getValue().entrySet()) {
                String name = slug(scenarios.getKey() + "-" + sc.getKey());
                out.addAll(save(scenario(sc.getKey(), sc.getValue()), dir, name, 900, 480));
            }
        }
        CategoryChart overview = overview(rows);
        if (overview != null) out.addAll(save(overview, dir, "ratio-to-go", 1200, 640));
        return out;
    }

    static CategoryChart scenario(String name, List<Row> rows) {
        List<String> labels = new ArrayList<>();
        List<Double> golab = new ArrayList<>(), jvm = new ArrayList<>(), go = new ArrayList<>(), mid = new ArrayList<>(), half = new ArrayList<>();
        for (Row r : rows) {
            labels.add(r.model().substring(r.model().indexOf('.') + 1) + (rows.stream().map(Row::module).distinct().count() > 1 ? " (" + r.module() + ")" : ""));
            golab.add(r.jvmBaseline() ? 0 : r.score());
            jvm.add(r.jvmBaseline() ? r.score() : 0);
            go.add(0.0);
            mid.add((r.min() + r.max()) / 2);
            half.add((r.max() - r.min()) / 2);
        }
        Optional<Row> withGo = rows.stream().filter(r -> r.goNsPerOp() != null).findFirst();
        withGo.ifPresent(r -> {
            labels.add("Go " + r.goBenchmark().replaceFirst("/.*", ""));
            golab.add(0.0);
            jvm.add(0.0);
            go.add(r.goNsPerOp());
            mid.add((r.goMin() + r.goMax()) / 2);
            half.add((r.goMax() - r.goMin()) / 2);
        });
        CategoryChart c = new CategoryChartBuilder().width(900).height(480).title(name)
                .yAxisTitle(rows.get(0).unit() + " (whisker: min–max over forks)").build();
        CategoryStyler st = c.getStyler();
        st.setOverlapped(true);
        st.setLegendPosition(Styler.LegendPosition.InsideNE);
        st.setXAxisLabelRotation(30);
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotGridVerticalLinesVisible(false);
        st.setErrorBarsColor(WHISKER);
        c.addSeries("golab", labels, golab).setFillColor(GOLAB);
        c.addSeries("JVM baseline", labels, jvm).setFillColor(JVM);
        if (withGo.isPresent()) c.addSeries("Go", labels, go).setFillColor(GO);
        CategorySeries w = c.addSeries("min–max", labels, mid, half);
        w.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        w.setMarker(SeriesMarkers.NONE).setMarkerColor(WHISKER).setShowInLegend(false);
        return c;
    }

    /** Best golab and best JVM baseline vs Go per scenario, or null when no row has a Go number. */
    static CategoryChart overview(List<Row> rows) {
        List<String> labels = new ArrayList<>();
        List<Double> golab = new ArrayList<>(), jvm = new ArrayList<>();
        Analysis.byModuleAndScenario(rows).values().forEach(sc -> sc.forEach((name, list) -> {
            Optional<Row> g = Analysis.bestGolab(list).filter(r -> r.ratioToGo() != null);
            if (g.isEmpty()) return;
            labels.add(name);
            golab.add(g.get().ratioToGo());
            jvm.add(Analysis.bestJvm(list).map(Row::ratioToGo).orElse(null));
        }));
        if (labels.isEmpty()) return null;
        CategoryChart c = new CategoryChartBuilder().width(1200).height(640).title("Time relative to Go (1 = Go; above 1 = slower)")
                .yAxisTitle("ratio to Go (log)").build();
        CategoryStyler st = c.getStyler();
        st.setYAxisLogarithmic(true);
        // bars grow from the axis minimum; XChart's default of 0 is not allowed on a log axis
        double lo = Stream.concat(golab.stream(), jvm.stream()).filter(v -> v != null).mapToDouble(Double::doubleValue).min().orElse(1);
        double hi = Stream.concat(golab.stream(), jvm.stream()).filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(1);
        st.setYAxisMin(Math.pow(10, Math.floor(Math.log10(Math.min(lo, 1)))));
        st.setYAxisMax(Math.pow(10, Math.ceil(Math.log10(Math.max(hi, 1) * 1.01))));
        st.setXAxisLabelRotation(60);
        st.setLegendPosition(Styler.LegendPosition.InsideNW);
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotGridVerticalLinesVisible(false);
        c.addSeries("best golab model", labels, golab).setFillColor(GOLAB);
        c.addSeries("best JVM baseline", labels, jvm).setFillColor(JVM);
        return c;
    }

    static List<Path> save(CategoryChart c, Path dir, String name, int w, int h) throws IOException {
        Path png = dir.resolve(name + ".png"), svg = dir.resolve(name + ".svg");
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        c.paint(g, w, h);
        g.dispose();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ImageIO.setUseCache(false);   // a disk cache registers a shutdown hook, which fails inside Ctrl-C's save
        ImageIO.write(img, "png", bytes);
        ResultsFile.writeAtomically(png, bytes.toByteArray());
        SVGGraphics2D s = new SVGGraphics2D(w, h);
        c.paint(s, w, h);
        ResultsFile.writeAtomically(svg, s.getSVGDocument());
        return List.of(png, svg);
    }

    static String slug(String s) {
        return s.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
