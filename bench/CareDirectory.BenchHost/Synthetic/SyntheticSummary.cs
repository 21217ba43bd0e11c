namespace CareDirectory.Bench.Synthetic;

/// <summary>How many records <c>generate</c> wrote.</summary>
public sealed record SyntheticSummary(int States, int Counties, int Partners, int Programs, int Meetings, int EducatorResources)
{
    public int Records => States + Counties + Partners + Programs + Meetings + EducatorResources;

    public SyntheticSummary Add(SyntheticSummary other) => new(
        States + other.States, Counties + other.Counties, Partners + other.Partners, Programs + other.Programs,
        Meetings + other.Meetings, EducatorResources + other.EducatorResources);

    public override string ToString() =>
        $"{States} states, {Counties} counties, {Partners} partners, {Programs} programs, {Meetings} meetings, {EducatorResources} educator resources";
}
