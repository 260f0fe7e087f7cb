namespace ChatBot.LoadDriver;

/// <summary>Nearest-rank percentiles of a set of durations in milliseconds.</summary>
internal sealed class Percentiles(IEnumerable<double> milliseconds)
{
    private readonly double[] sorted = [.. milliseconds.Order()];

    public int Count => sorted.Length;

    public double P50 => At(50);

    public double P95 => At(95);

    public double P99 => At(99);

    public double Max => sorted.Length == 0 ? 0 : sorted[^1];

    public double At(double percent) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
