namespace CareDirectory.Search.Tests.Contract;

/// <summary>Skips a test class's <see cref="ContractFactAttribute"/> tests unless <paramref name="variable"/> is set.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresEnvironmentAttribute(string variable) : Attribute
{
    public string Variable { get; } = variable;

    public string? SkipReason =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)) ? $"Set {Variable} to run against a live server." : null;
}
