package org.jixiao.api;

/** The body of every error response: {@code {"error": "中文说明 / English explanation"}}. */
public record ApiError(String error) {}
