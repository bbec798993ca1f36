package org.litkg.evaluation;

import java.util.Locale;

/**
 * Precision, recall and F1 from counts. Precision counts predictions that match some gold item;
 * recall counts gold items that some prediction matches (the two can differ when several
 * predictions match one gold item).
 */
public final class Score {

    private int predicted;
    private int correctPredictions;
    private int gold;
    private int foundGold;

    public void prediction(boolean correct) {
        predicted++;
        if (correct) {
            correctPredictions++;
        }
    }

    public void gold(boolean found) {
        gold++;
        if (found) {
            foundGold++;
        }
    }

    public void add(Score other) {
        predicted += other.predicted;
        correctPredictions += other.correctPredictions;
        gold += other.gold;
        foundGold += other.foundGold;
    }

    public int predicted() {
        return predicted;
    }

    public int gold() {
        return gold;
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correctPredictions / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) foundGold / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One table row: name, gold, predicted, P, R, F1. */
    public String row(String name) {
        return String.format(Locale.ROOT, "%-18s %6d %9d %9.3f %7.3f %7.3f", name, gold, predicted, precision(), recall(), f1());
    }

    public static String header() {
        return header("");
    }

    /** The column names, with a title in the first column. */
    public static String header(String title) {
        return String.format(Locale.ROOT, "%-18s %6s %9s %9s %7s %7s", title, "gold", "predicted", "precision", "recall", "F1");
    }
}
