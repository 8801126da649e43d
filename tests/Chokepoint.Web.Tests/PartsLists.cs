namespace Chokepoint.Web.Tests;

/// <summary>A small parts list for the parts pages and API: Dy-grade magnets (CN 8505111000) from China, an NdFeB magnet via Vietnam, gallium ingot, and a pump the dataset does not know.</summary>
internal static class PartsLists
{
    public const string Sample = """
        part,description,code,origin,supplier,supplier_country,quantity_per_year,stock_days
        MAG-1,"NdFeB rotor magnet, Dy grade",8505111000,CHN,Eastgate,CHN,1200,45
        MAG-2,NdFeB magnet via Vietnam,850511,CHN,Harbour,VNM,90,30
        GA-1,Gallium ingot,8112923010,CHN,,,5,20
        PUMP-9,Water pump,8413700000,DEU,Pumpen AG,DEU,10,30
        """;
}
