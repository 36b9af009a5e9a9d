// Node tests run against real servers and MSW at the network layer; nothing global to set up yet.
export {};
