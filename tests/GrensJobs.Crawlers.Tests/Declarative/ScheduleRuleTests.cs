using GrensJobs.Crawlers.Declarative;

namespace GrensJobs.Crawlers.Tests.Declarative;

public sealed class ScheduleRuleTests
{
    [Theory]
    [InlineData("6", new[] { 6 })]
    [InlineData("5,13", new[] { 5, 13 })]
    [InlineData("0/6", new[] { 0, 6, 12, 18 })]
    [InlineData("20/2", new[] { 20, 22 })]
    [InlineData("22-1", new[] { 0, 1, 22, 23 })]
    [InlineData("8-17/3", new[] { 8, 11, 14, 17 })]
    [InlineData("0-1,3-4", new[] { 0, 1, 3, 4 })]
    public void Hours_Field_ListsTheSelectedHours(string field, int[] hours)
    {
        Assert.Equal(hours, ScheduleRule.Hours(field));
    }

    [Theory]
    [InlineData("0 0/15 0-1,3-23 * * ?")]
    [InlineData("0 0 6 ? * MON-FRI 2027")]
    public void Check_ScheduleAvoidingHourTwo_IsAccepted(string expression)
    {
        Assert.Null(ScheduleRule.Check(expression));
    }
}
