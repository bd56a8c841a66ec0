using System.Net;
using GrensJobs.Ingestion.Http;

namespace GrensJobs.Ingestion.Tests.Http;

public sealed class AddressRangesTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.8.9.10", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.1.2.3", "private (10.0.0.0/8)")]
    [InlineData("172.16.0.1", "private (172.16.0.0/12)")]
    [InlineData("172.31.255.254", "private (172.16.0.0/12)")]
    [InlineData("192.168.178.1", "private (192.168.0.0/16)")]
    [InlineData("100.64.0.1", "shared (100.64.0.0/10)")]
    [InlineData("169.254.169.254", "cloud metadata (169.254.169.254)")]
    [InlineData("169.254.1.1", "link-local (169.254.0.0/16)")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("224.0.0.251", "multicast")]
    [InlineData("fe80::1", "link-local (fe80::/10)")]
    [InlineData("fd12:3456::1", "private (fc00::/7)")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("::", "unspecified")]
    [InlineData("::ffff:10.0.0.5", "private (10.0.0.0/8)")]
    public void NonPublicReason_NonPublicAddress_Named(string address, string reason) =>
        Assert.Equal(reason, AddressRanges.NonPublicReason(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("185.15.59.224")]
    [InlineData("2a02:898:0:20::1")]
    public void NonPublicReason_PublicAddress_Null(string address) =>
        Assert.Null(AddressRanges.NonPublicReason(IPAddress.Parse(address)));
}
