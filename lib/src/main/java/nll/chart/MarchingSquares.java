package nll.chart;

import java.util.Arrays;

/**
 * Traces one contour level of a function sampled on a rectangular grid. In every grid cell the
 * level crosses an edge where the corner values lie on opposite sides of it; the crossing point is
 * interpolated linearly along the edge, and the crossings are joined in pairs. A cell crossed on
 * all four edges (a saddle) is resolved by the value at its centre, the mean of its corners.
 */
final class MarchingSquares {

    private MarchingSquares() {}

    /**
     * The contour {@code values[i][j] = level}, values sampled at (xs[i], ys[j]), as line segments:
     * the returned x and y arrays hold each segment's two end points followed by a NaN separator,
     * which XChart draws as a gap.
     */
    static double[][] trace(double[] xs, double[] ys, double[][] values, double level) {
        double[] x = new double[64];
        double[] y = new double[64];
        int n = 0;
        double[] crossX = new double[4];
        double[] crossY = new double[4];
        for (int i = 0; i + 1 < xs.length; i++) {
            for (int j = 0; j + 1 < ys.length; j++) {
                // corners counter-clockwise from the bottom left; edge e joins corner e and corner e+1
                double[] cx = {xs[i], xs[i + 1], xs[i + 1], xs[i]};
                double[] cy = {ys[j], ys[j], ys[j + 1], ys[j + 1]};
                double[] cv = {values[i][j], values[i + 1][j], values[i + 1][j + 1], values[i][j + 1]};
                int crossings = 0;
                for (int e = 0; e < 4; e++) {
                    double v0 = cv[e];
                    double v1 = cv[(e + 1) % 4];
                    if ((v0 >= level) != (v1 >= level)) {
                        double t = (level - v0) / (v1 - v0);
                        crossX[crossings] = cx[e] + t * (cx[(e + 1) % 4] - cx[e]);
                        crossY[crossings] = cy[e] + t * (cy[(e + 1) % 4] - cy[e]);
                        crossings++;
                    }
                }
                if (crossings == 0) {
                    continue;
                }
                if (x.length < n + 6) {
                    x = Arrays.copyOf(x, 2 * x.length + 6);
                    y = Arrays.copyOf(y, 2 * y.length + 6);
                }
                if (crossings == 2) {
                    n = segment(x, y, n, crossX, crossY, 0, 1);
                } else {
                    // four crossings, on edges 0, 1, 2, 3 in order: pair each with a neighbour so
                    // that the segments separate the corners that lie on the centre's other side
                    double centre = (cv[0] + cv[1] + cv[2] + cv[3]) / 4;
                    boolean firstCornerWithCentre = (cv[0] >= level) == (centre >= level);
                    if (firstCornerWithCentre) {
                        n = segment(x, y, n, crossX, crossY, 0, 1);
                        n = segment(x, y, n, crossX, crossY, 2, 3);
                    } else {
                        n = segment(x, y, n, crossX, crossY, 3, 0);
                        n = segment(x, y, n, crossX, crossY, 1, 2);
                    }
                }
            }
        }
        return new double[][] {Arrays.copyOf(x, n), Arrays.copyOf(y, n)};
    }

    private static int segment(double[] x, double[] y, int n, double[] crossX, double[] crossY, int a, int b) {
        x[n] = crossX[a];
        y[n] = crossY[a];
        x[n + 1] = crossX[b];
        y[n + 1] = crossY[b];
        x[n + 2] = crossX[b];
        y[n + 2] = Double.NaN;
        return n + 3;
    }
}
