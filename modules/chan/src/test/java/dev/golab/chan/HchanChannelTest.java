package dev.golab.chan;

import org.junit.jupiter.api.DisplayName;

@DisplayName("chan.Hchan passes the Go channel contract")
class HchanChannelTest implements ChanContract {
    @Override
    public <T> Chan<T> make(int cap) {
        return new HchanChannel<>(cap);
    }
}
