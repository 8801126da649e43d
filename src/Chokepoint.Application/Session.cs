using Chokepoint.Application.Inputs;
using Chokepoint.Model;

namespace Chokepoint.Application;

/// <summary>What every handler works on: the validated dataset, today's date (the default as-of) and the surface asking.</summary>
/// <param name="Today">Today in UTC, from the surface's clock.</param>
public sealed record Session(Dataset Dataset, DateOnly Today, Surface Surface = Surface.Cli)
{
    /// <summary>The parameter <paramref name="name"/> (kebab-case) as the asking surface spells it.</summary>
    public string P(string name) => Spell.Of(Surface, name);
}
