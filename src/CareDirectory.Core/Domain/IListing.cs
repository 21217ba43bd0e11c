namespace CareDirectory.Domain;

/// <summary>How a partner or a program is listed: its names, what it does, and where to reach it.</summary>
public interface IListing
{
    string Name { get; }

    string? AlternateName { get; }

    string? Description { get; }

    string? Website { get; }

    string? Email { get; }
}
