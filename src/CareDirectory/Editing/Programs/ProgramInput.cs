using CareDirectory.Domain;

namespace CareDirectory.Editing.Programs;

/// <summary>createProgram / updateProgram / archiveProgram input; on update, null fields stay as they are.</summary>
public sealed class ProgramInput : RecordInput
{
    /// <summary>Global id of the partner that offers the program.</summary>
    public string? Partner { get; set; }

    public string? Name { get; set; }

    public string? AlternateName { get; set; }

    public string? Description { get; set; }

    public string? Website { get; set; }

    public string? Email { get; set; }

    /// <summary>Service-type codes from the taxonomy, e.g. <c>crisis.mobile-response</c>.</summary>
    public List<string>? ServiceTypes { get; set; }

    public EligibilityInput? Eligibility { get; set; }

    public string? ResponseTime { get; set; }

    public string? TypicalDuration { get; set; }

    public List<string>? Languages { get; set; }

    public ProgramStatus? Status { get; set; }

    public List<ServiceAreaInput>? ServiceAreas { get; set; }
}
