/**
 * Charts drawn with XChart and returned as {@link java.awt.image.BufferedImage}s, so that a
 * notebook cell ending with one shows it as a PNG. Every chart has a title, labelled axes and a
 * legend, is 800x500 unless stated otherwise, and is drawn with a fixed palette, fixed fonts and
 * {@link java.util.Locale#ROOT} number formats, so the same inputs give the same pixels.
 */
package nll.chart;
