using Xunit.Sdk;

namespace CareDirectory.Search.Tests.Contract;

/// <summary>
/// A fact of the shared search contract. It runs for every backend subclass, except that a subclass marked
/// <see cref="RequiresEnvironmentAttribute"/> reports each test as <b>skipped</b> (with the reason, so the
/// count is visible) when the environment variable is missing.
/// </summary>
[XunitTestCaseDiscoverer("CareDirectory.Search.Tests.Contract.ContractFactDiscoverer", "CareDirectory.Search.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;
