using Chokepoint.Application.Inputs;
using Chokepoint.Data.Parts;
using Chokepoint.Evidence.Licences;

namespace Chokepoint.Application.Parts;

/// <summary>
/// Saved column mappings of parts lists (profiles), kept in the workspace: <c>--profile NAME</c> loads one, <c>--map</c> pairs
/// given beside it override its fields, <c>--save-profile NAME</c> stores the mapping in effect for next time.
/// </summary>
public static class MappingProfiles
{
    /// <summary>Longest profile name.</summary>
    public const int MaxName = 40;

    /// <summary>
    /// The mapping to read the parts list with: the profile's pairs, then <paramref name="map"/>'s (later pairs win). Saves it
    /// as <paramref name="saveAs"/> when given. <paramref name="store"/> may be null only when neither profile is named.
    /// </summary>
    public static string? Resolve(Session s, string? map, string? profile, string? saveAs, Func<LicenceStore>? store)
    {
        ArgumentNullException.ThrowIfNull(s);
        var load = Name(s, profile, "profile");
        var save = Name(s, saveAs, "save-profile");
        if (load is null && save is null) return map;
        if (store is null) throw new RequestException(s.P("profile"), $"{s.P("profile")} needs a workspace to keep profiles in");
        using var db = store();
        var effective = map;
        if (load is not null)
        {
            var saved = db.Profile(load);
            if (saved is null)
            {
                var known = db.ProfileNames();
                throw new RequestException(s.P("profile"), $"no profile '{load}' in the workspace; {(known.Count == 0 ? $"save one with {s.P("save-profile")} NAME and {s.P("map")}" : $"saved: {string.Join(", ", known)}")}", ErrorKind.NotFound);
            }
            effective = string.IsNullOrWhiteSpace(map) ? saved : $"{saved},{map}";
        }
        if (save is not null)
        {
            if (string.IsNullOrWhiteSpace(effective))
                throw new RequestException(s.P("save-profile"), $"{s.P("save-profile")} needs {s.P("map")} (FIELD=HEADER pairs) or {s.P("profile")} to save");
            if (PartsColumns.Parse(effective, out var problem) is null) throw new RequestException(s.P("map"), $"{s.P("map")}: {problem}");
            db.SaveProfile(save, effective);
        }
        return effective;
    }

    private static string? Name(Session s, string? name, string parameter)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var n = name.Trim();
        if (n.Length > MaxName || !n.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw new RequestException(s.P(parameter), $"{s.P(parameter)} '{Inputs.Resolve.Clip(n)}' is not a profile name; expected up to {MaxName} letters, digits, '-', '_' or '.'");
        return n;
    }
}
