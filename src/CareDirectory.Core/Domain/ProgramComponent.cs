namespace CareDirectory.Domain;

/// <summary>An ordered step of a program (the Illinois program's ten service steps).</summary>
public sealed record ProgramComponent
{
    public int Position { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }
}
