namespace Chokepoint.Application.Inputs;

/// <summary>Spells a parameter as the surface does: "as-of" is "--as-of" on the command line and "as_of" on the web.</summary>
public static class Spell
{
    /// <summary>The parameter <paramref name="name"/> (kebab-case) as <paramref name="surface"/> spells it.</summary>
    public static string Of(Surface surface, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return surface == Surface.Cli ? "--" + name : name.Replace('-', '_');
    }
}
