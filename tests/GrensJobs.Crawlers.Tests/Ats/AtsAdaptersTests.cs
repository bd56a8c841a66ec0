using GrensJobs.Crawlers.Ats;
using GrensJobs.Crawlers.Sources;

namespace GrensJobs.Crawlers.Tests.Ats;

public sealed class AtsAdaptersTests
{
    [Fact]
    public void Create_EveryAtsKind_OneAdapterEach() =>
        Assert.Equal(
            [SourceKinds.Personio, SourceKinds.Recruitee, SourceKinds.Softgarden, SourceKinds.Greenhouse,
             SourceKinds.Lever, SourceKinds.SmartRecruiters, SourceKinds.Workday],
            AtsAdapters.Create().Select(adapter => adapter.Kind));
}
