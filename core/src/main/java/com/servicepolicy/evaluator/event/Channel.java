package com.servicepolicy.evaluator.event;

/** Where an interaction came in. */
public enum Channel { EMAIL, CHAT, PHONE, SOCIAL, WEB, IN_PERSON }
