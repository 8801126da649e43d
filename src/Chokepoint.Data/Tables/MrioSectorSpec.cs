using Chokepoint.Model;

namespace Chokepoint.Data.Tables;

/// <summary>mrio_sectors.csv (optional): which MRIO sector each product's output belongs to.</summary>
public static class MrioSectorSpec
{
    /// <summary>The spec of mrio_sectors.csv (also the layout of a <c>macro --map</c> file).</summary>
    public static readonly TableSpec<MrioSectorMapping> Spec = new("mrio_sectors.csv", false, ["item", "sector", "classification", "source", "note"],
        (r, o) =>
        {
            var item = r.Id("item");
            var sector = r.Text("sector");
            var source = r.Id("source");
            return item is null || sector is null || source is null ? null
                : new MrioSectorMapping(item, sector, r.Raw("classification"), source, r.Raw("note")) { Origin = o };
        }, v => v.Item, "item");
}
