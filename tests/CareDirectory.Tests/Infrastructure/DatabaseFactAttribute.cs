using Xunit.Abstractions;
using Xunit.Sdk;

namespace CareDirectory.Tests.Infrastructure;

/// <summary>
/// A fact that runs on the database of the concrete test class. Written once in an abstract base class, it runs in
/// every subclass; in a <see cref="RequiresPostgresAttribute"/> subclass it is skipped when there is no server.
/// A plain <c>Skip</c> cannot do this: the base method's attribute does not know which subclass runs it.
/// </summary>
[XunitTestCaseDiscoverer("CareDirectory.Tests.Infrastructure.DatabaseFactDiscoverer", "CareDirectory.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseFactAttribute : FactAttribute;

public sealed class DatabaseFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        return needsPostgres && TestPostgres.ServerConnectionString is null
            ? new SkippedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, TestPostgres.SkipReason)
            : base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
    }
}

/// <summary>A test case whose skip reason is decided at discovery (kept serializable for the runner).</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string _reason = string.Empty;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedTestCase()
    {
    }

    public SkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string reason)
        : base(sink, display, options, method) => _reason = reason;

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("SkipReason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>("SkipReason");
        base.Deserialize(data);
    }
}
