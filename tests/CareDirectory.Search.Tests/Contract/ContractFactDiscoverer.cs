using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace CareDirectory.Search.Tests.Contract;

/// <summary>
/// Discovers <see cref="ContractFactAttribute"/> tests. The fact attribute sits on the abstract base class and
/// cannot know its backend, so the skip decision is made here, where the concrete test class is known.
/// </summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var skip = testMethod.TestClass.Class.ToRuntimeType()?.GetCustomAttribute<RequiresEnvironmentAttribute>()?.SkipReason;
        return skip is null
            ? base.Discover(discoveryOptions, testMethod, factAttribute)
            :
            [
                new XunitSkippedDataRowTestCase(
                    DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                    discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skip),
            ];
    }
}
