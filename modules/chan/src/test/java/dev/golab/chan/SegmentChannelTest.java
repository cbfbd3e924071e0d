package dev.golab.chan;

import org.junit.jupiter.api.DisplayName;

@DisplayName("chan.Segment passes the Go channel contract")
class SegmentChannelTest implements ChanContract {
    @Override
    public <T> Chan<T> make(int cap) {
        return new SegmentChannel<>(cap);
    }
}
