namespace Chokepoint.Model;

/// <summary>The code systems a text may use (codes.csv <c>system</c>).</summary>
public enum CodeSystem
{
    /// <summary>Harmonized System heading or subheading, 4–6 digits.</summary>
    Hs,
    /// <summary>China's 10-digit customs commodity code (MOFCOM/GAC announcements' "reference HS codes").</summary>
    CnChina10,
    /// <summary>EU Combined Nomenclature, 8 digits.</summary>
    EuCn8,
    /// <summary>US Harmonized Tariff Schedule with statistical suffix, 10 digits.</summary>
    UsHts10,
    /// <summary>US Export Control Classification Number (Commerce Control List), e.g. 3A090.</summary>
    Eccn,
    /// <summary>China's dual-use export control list number, e.g. 1C902.a.4.</summary>
    CnDualUse,
    /// <summary>EU dual-use Annex I entry (Regulation (EU) 2021/821), e.g. 3B001.</summary>
    EuAnnex1,
    /// <summary>Netherlands national control list entry, numbered in Annex I style but not in Annex I (e.g. 3B001.l, EUV pellicles, of the Regulation on advanced semiconductor manufacturing equipment).</summary>
    NlNational,
}

/// <summary>What a code of codes.csv is attached to.</summary>
public enum CodeSubject
{
    /// <summary>An item of items.csv.</summary>
    Item,
    /// <summary>A measure of controls.yaml.</summary>
    Measure,
}
