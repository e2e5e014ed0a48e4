package dev.carafe.server.contract;

import org.junit.jupiter.api.Nested;

/**
 * The behaviour every server adapter keeps, one suite for all: an adapter's test extends this
 * class and names itself in {@link #adapter()}, and every group of tests below runs against it.
 * Behaviour that only one adapter has (Undertow's own limits, say) is tested beside that
 * adapter.
 */
public abstract class ServerContract {
  /** The adapter under test. */
  protected abstract ServerAdapter adapter();

  @Nested
  class Serving extends ServingContract {
    @Override
    ServerAdapter adapter() {
      return ServerContract.this.adapter();
    }
  }

  @Nested
  class BadRequests extends BadRequestContract {
    @Override
    ServerAdapter adapter() {
      return ServerContract.this.adapter();
    }
  }

  @Nested
  class GracefulStop extends GracefulStopContract {
    @Override
    ServerAdapter adapter() {
      return ServerContract.this.adapter();
    }
  }

  @Nested
  class Threads extends ThreadsContract {
    @Override
    ServerAdapter adapter() {
      return ServerContract.this.adapter();
    }
  }

  @Nested
  class WhereRequestsRun extends WhereRequestsRunContract {
    @Override
    ServerAdapter adapter() {
      return ServerContract.this.adapter();
    }
  }

  @Nested
  class Lifecycle extends LifecycleContract {
    @Override
    ServerAdapter adapter() {
      return ServerContract.this.adapter();
    }
  }

  @Nested
  class ChangingFiles extends ChangingFileContract {
    @Override
    ServerAdapter adapter() {
      return ServerContract.this.adapter();
    }
  }

  @Nested
  class Limits extends LimitsContract {
    @Override
    ServerAdapter adapter() {
      return ServerContract.this.adapter();
    }
  }

  @Nested
  class SlowClients extends SlowClientsContract {
    @Override
    ServerAdapter adapter() {
      return ServerContract.this.adapter();
    }
  }

  @Nested
  class Waiting extends WaitingContract {
    @Override
    ServerAdapter adapter() {
      return ServerContract.this.adapter();
    }
  }
}
