namespace ChatBot.Web.Telemetry;

/// <summary>The "Telemetry" configuration section. Exporters are switched on by the standard variables, not here.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>Put the question's text on its span (off by default: questions can hold personal data).</summary>
    public bool IncludeQuestionText { get; set; }
}
