import { describeEventStoreContract } from '../../test/event-store-contract';
import { MemoryEventStore } from './memory-event-store';

let counter = 0;
describeEventStoreContract(
  'MemoryEventStore',
  async () => ({ store: new MemoryEventStore(`exercise-${++counter}`) }),
  { durable: false },
);
