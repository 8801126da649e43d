using Chokepoint.Application.Handlers;
using Chokepoint.Contracts;

namespace Chokepoint.Application.Report;

/// <summary>The report's "Leverage": China over the USA and the reverse on the date, and the US chip controls' scenario when the dataset has it.</summary>
public sealed record LeverageSection(LeverageAnswer ChnUsa, LeverageAnswer UsaChn, LeverageAnswer? UsaChnSpring)
{
    /// <summary>The contract of the section.</summary>
    public LeverageSectionJson Json => new(ChnUsa.Json, UsaChn.Json, UsaChnSpring?.Json ?? []);

    /// <summary>The section's tables in reading order.</summary>
    public IReadOnlyList<Tables.Table> Tables() => UsaChnSpring is null ? [ChnUsa.Table, UsaChn.Table] : [ChnUsa.Table, UsaChn.Table, UsaChnSpring.Table];
}
