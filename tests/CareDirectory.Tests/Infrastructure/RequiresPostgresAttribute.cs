namespace CareDirectory.Tests.Infrastructure;

/// <summary>
/// Marks a test class that needs the PostgreSQL test server. Its <see cref="DatabaseFactAttribute"/> tests are
/// reported as skipped (never silently passed) when <c>CAREDIRECTORY_TEST_POSTGRES</c> is not set.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresPostgresAttribute : Attribute;
