package com.servicepolicy.evaluator; public class Main { public static void main(String[] a){} }
