-- The shop's database as an older application made it, before Aksara: run once, then adopted.
create table customers (
  id bigserial primary key,
  email varchar(254) not null unique,
  full_name varchar(100) not null,
  vip boolean not null default false
);

create table orders (
  id bigserial primary key,
  customer_id bigint not null references customers (id) on delete cascade,
  total numeric(12, 2) not null,
  placed_on date not null,
  status varchar(20) not null default 'open'
);
create index ix_orders_status on orders (status);

-- a later part of the application named its table and columns in PascalCase (quoted, so the case stays)
create table "Shipment" (
  "ShipmentId" bigserial primary key,
  "OrderId" bigint not null references orders (id) on delete cascade,
  "Carrier" varchar(40) not null
);

create table products (
  id bigserial primary key,
  name varchar(50) not null
);

-- the link of orders and products: no id, keyed by both foreign keys
create table order_items (
  order_id bigint not null references orders (id) on delete cascade,
  product_id bigint not null references products (id) on delete cascade,
  quantity int not null,
  primary key (order_id, product_id)
);

insert into customers (email, full_name, vip) values
  ('ada@example.com', 'Ada Lovelace', true),
  ('alan@example.com', 'Alan Turing', false);
insert into orders (customer_id, total, placed_on, status) values
  (1, 120.00, '2024-01-05', 'paid'),
  (1, 80.50, '2024-02-11', 'open'),
  (2, 15.25, '2024-02-12', 'paid');
insert into "Shipment" ("OrderId", "Carrier") values (1, 'DHL'), (3, 'DHL'), (2, 'UPS');
insert into products (name) values ('Pen'), ('Ink');
insert into order_items (order_id, product_id, quantity) values (1, 1, 2), (1, 2, 3), (3, 2, 1);
