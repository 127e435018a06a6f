/** Locale-independent text for numbers, so every printed table and label is the same on every machine. */
package nll.format;
