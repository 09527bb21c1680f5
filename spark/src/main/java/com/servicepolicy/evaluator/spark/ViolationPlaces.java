package com.servicepolicy.evaluator.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

/**
 * The agent and the queue the store keeps with a violation, found as the batch finds them (its GroupFindings) in the
 * events of the night's window: the agent of the violation's cause event when it names one, else the first agent
 * named on its interaction in time order; the queue of its interaction's OPENED event, else its channel/priority.
 * Same-instant events are told apart by agent and queue name (the batch takes the stored order): a tie of two agents
 * at one instant on one interaction may name the other one.
 */
final class ViolationPlaces {
    static final String AGENT = "placeAgent";
    static final String QUEUE = "placeQueue";

    private ViolationPlaces() {
    }

    /** {@code violations} (PartRows) with two more columns, {@link #AGENT} and {@link #QUEUE} (null: unknown). */
    static Dataset<Row> of(SparkSession spark, List<String> windowNights, Dataset<Row> violations) {
        Dataset<Row> events = spark.read().parquet(windowNights.toArray(String[]::new))
                .select("eventId", "type", "at", "customerId", "interactionId", "channel", "priority", "queue", "agentId");
        Dataset<Row> agentOfEvent = events.filter(col("agentId").isNotNull())
                .select(col("eventId").as("causeId"), col("agentId").as("causeAgent"));
        Column queueOfOpened = coalesce(col("queue"),
                concat(coalesce(col("channel"), lit("UNKNOWN")), lit("/"), coalesce(col("priority"), lit("null"))));
        Dataset<Row> ofInteraction = events.filter(col("interactionId").isNotNull())
                .groupBy(col("customerId").as("ofCustomer"), col("interactionId").as("ofInteraction"))
                .agg(min(when(col("agentId").isNotNull(), struct(col("at"), col("agentId")))).as("firstAgent"),
                        min(when(col("type").equalTo("OPENED"), struct(col("at"), queueOfOpened.as("q")))).as("opened"));
        Dataset<Row> placed = violations
                .join(agentOfEvent, violations.col("eventId").equalTo(agentOfEvent.col("causeId")), "left")
                .join(ofInteraction, violations.col("customerId").equalTo(ofInteraction.col("ofCustomer"))
                        .and(violations.col("interactionId").equalTo(ofInteraction.col("ofInteraction"))), "left");
        return placed.withColumn(AGENT, coalesce(col("causeAgent"), col("firstAgent.agentId")))
                .withColumn(QUEUE, when(col("interactionId").isNotNull(), col("opened.q")))
                .drop("causeId", "causeAgent", "ofCustomer", "ofInteraction", "firstAgent", "opened");
    }
}
