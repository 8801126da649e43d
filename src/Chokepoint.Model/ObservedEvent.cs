namespace Chokepoint.Model;

/// <summary>
/// A dated observation of a product in a country (observed/events.csv): production fell short, resumed, or a maker warned.
/// A month-only date covers the whole month (<see cref="From"/> to <see cref="To"/>).
/// </summary>
/// <param name="Date">The date as written: YYYY-MM-DD or YYYY-MM.</param>
/// <param name="From">First day the date covers.</param>
/// <param name="To">Last day the date covers.</param>
/// <param name="Event">One of <see cref="Short"/>, <see cref="Resumed"/>, <see cref="Warned"/>.</param>
/// <param name="Firm">The maker or association the event is about.</param>
public sealed record ObservedEvent(string Date, DateOnly From, DateOnly To, string Country, string Product, string Event, string Firm, string Source)
{
    /// <summary>Production stopped or was cut for want of an input.</summary>
    public const string Short = "short";
    /// <summary>Production resumed.</summary>
    public const string Resumed = "resumed";
    /// <summary>A maker or association warned of a stoppage that had not (yet) happened.</summary>
    public const string Warned = "warned";
    /// <summary>The event kinds, in the order documented.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [Short, Resumed, Warned];

    /// <summary>Where the row was read.</summary>
    public Origin Origin { get; init; } = Origin.Code;
}
