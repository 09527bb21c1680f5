package com.servicepolicy.evaluator.night;

/** First-response times of a queue or agent: how many, their total and their maximum (milliseconds). */
public record ResponseTimes(String dimension, String key, long responses, long totalMillis, long maxMillis) {
    public double averageMillis() {
        return responses == 0 ? 0 : (double) totalMillis / responses;
    }
}
