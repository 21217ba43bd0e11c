namespace CareDirectory.Seeding;

/// <summary>What a seed run did, per outcome.</summary>
public sealed record SeedReport(int Created, int Updated, int Unchanged)
{
    public override string ToString() => $"{Created} created, {Updated} updated, {Unchanged} unchanged";
}
