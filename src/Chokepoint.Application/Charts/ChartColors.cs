namespace Chokepoint.Application.Charts;

/// <summary>The colours of every chart, as #rrggbb, shared by the file and web renderers so that a series looks the same on both.</summary>
public static class ChartColors
{
    /// <summary>In force, controlled, damage above cost, modelled outside the issuer.</summary>
    public const string Red = "#c0392b";

    /// <summary>The default series colour; high confidence; modelled inside the issuer.</summary>
    public const string Blue = "#2f6690";

    /// <summary>Medium confidence; a second view.</summary>
    public const string Orange = "#e67e22";

    /// <summary>Suspended, not controlled, low confidence.</summary>
    public const string Grey = "#95a5a6";

    /// <summary>A third view; reference lines.</summary>
    public const string Slate = "#7f8c8d";

    /// <summary>Optimum, stockpile, a hit.</summary>
    public const string Green = "#27ae60";

    /// <summary>Observed values (markers and lines of the record).</summary>
    public const string Black = "#1b1b1b";

    /// <summary>Observed outside the issuer.</summary>
    public const string DarkRed = "#7b1f14";

    /// <summary>Observed inside the issuer.</summary>
    public const string Navy = "#1b3a57";

    /// <summary>Unverified status.</summary>
    public const string Amber = "#b9770e";

    /// <summary>Colours of series that have no meaning of their own, in order.</summary>
    public static IReadOnlyList<string> Cycle { get; } = [Red, Blue, Green, "#8e44ad", Orange, "#16a085", Slate, "#d35400"];

    /// <summary>The <paramref name="index"/>th colour of <see cref="Cycle"/>, repeating.</summary>
    public static string Nth(int index) => Cycle[((index % Cycle.Count) + Cycle.Count) % Cycle.Count];
}
