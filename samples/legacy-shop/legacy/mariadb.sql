-- The shop's database as an older application made it, before Aksara: run once, then adopted.
create table customers (
  id bigint auto_increment primary key,
  email varchar(254) not null unique,
  full_name varchar(100) not null,
  vip boolean not null default false
) engine = InnoDB;

create table orders (
  id bigint auto_increment primary key,
  customer_id bigint not null,
  total decimal(12, 2) not null,
  placed_on date not null,
  status varchar(20) not null default 'open',
  constraint fk_orders_customer foreign key (customer_id) references customers (id) on delete cascade
) engine = InnoDB;
create index ix_orders_status on orders (status);

-- a later part of the application named its table and columns in PascalCase (MariaDB on Linux keeps a table's case)
create table Shipment (
  ShipmentId bigint auto_increment primary key,
  OrderId bigint not null,
  Carrier varchar(40) not null,
  constraint fk_shipment_order foreign key (OrderId) references orders (id) on delete cascade
);

create table products (
  id bigint auto_increment primary key,
  name varchar(50) not null
) engine = InnoDB;

-- the link of orders and products: no id, keyed by both foreign keys
create table order_items (
  order_id bigint not null,
  product_id bigint not null,
  quantity int not null,
  primary key (order_id, product_id),
  constraint fk_items_order foreign key (order_id) references orders (id) on delete cascade,
  constraint fk_items_product foreign key (product_id) references products (id) on delete cascade
) engine = InnoDB;

insert into customers (email, full_name, vip) values
  ('ada@example.com', 'Ada Lovelace', true),
  ('alan@example.com', 'Alan Turing', false);
insert into orders (customer_id, total, placed_on, status) values
  (1, 120.00, '2024-01-05', 'paid'),
  (1, 80.50, '2024-02-11', 'open'),
  (2, 15.25, '2024-02-12', 'paid');
insert into Shipment (OrderId, Carrier) values (1, 'DHL'), (3, 'DHL'), (2, 'UPS');
insert into products (name) values ('Pen'), ('Ink');
insert into order_items (order_id, product_id, quantity) values (1, 1, 2), (1, 2, 3), (3, 2, 1);
