namespace GrensJobs.Core.Places;

/// <summary>The canonical Euregio ids of CONTRACTS.md.</summary>
public static class Euregios
{
    public const string EmsDollart = "ems-dollart";
    public const string Euregio = "euregio";
    public const string RheinWaal = "rhein-waal";
    public const string RheinMaasNord = "rhein-maas-nord";
    public const string MaasRijn = "maas-rijn";
    public const string Scheldemond = "scheldemond";
    public const string Benego = "benego";

    public static IReadOnlyList<string> All { get; } =
        [EmsDollart, Euregio, RheinWaal, RheinMaasNord, MaasRijn, Scheldemond, Benego];
}
