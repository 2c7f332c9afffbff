namespace Graph.LoadGen;

/// <summary>What one measured run produced; no latency percentiles when no request ended inside the window.</summary>
internal sealed record LoadResult(
    string Label,
    int Connections,
    double Seconds,
    long Requests,
    long Errors,
    double RequestsPerSecond,
    double? P50Ms,
    double? P99Ms,
    double MeanResponseBytes,
    string? FirstError);
