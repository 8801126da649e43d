using Chokepoint.Application.Inputs;
using Chokepoint.Model;

namespace Chokepoint.Application;

/// <summary>What every handler works on: the validated dataset, today's date (the default as-of) and the surface asking.</summary>
/// <param name="Today">Today in UTC, from the surface's clock.</param>
public sealed record Session(Dataset Dataset, DateOnly Today, Surface Surface = Surface.Cli)
{
    /// <summary>The parameter <paramref name="name"/> (kebab-case) as the asking surface spells it.</summary>
    public string P(string name) => Spell.Of(Surface, name);

    /// <summary>A positional argument's name as the asking surface shows it: <paramref name="cli"/> (e.g. ITEM) or the web's <paramref name="web"/> parameter.</summary>
    public string Arg(string cli, string web) => Surface == Surface.Cli ? cli : web;
}
